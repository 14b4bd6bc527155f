namespace Csevm.Interpreter;

/// <summary>EIP-2929: whether an address or slot had been accessed before in this transaction.</summary>
public enum AccessStatus
{
    Cold = 0,
    Warm = 1,
}
