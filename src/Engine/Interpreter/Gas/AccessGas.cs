namespace Csevm.Interpreter.Gas;

/// <summary>EIP-2929 prices: the static tables hold the warm price, handlers add the cold surcharge.</summary>
internal static class AccessGas
{
    public const long WarmRead = 100;
    public const long ColdAccount = 2600;
    public const long ColdSload = 2100;
    public const long ColdAccountSurcharge = ColdAccount - WarmRead;
    public const long ColdSloadSurcharge = ColdSload - WarmRead;
}
