namespace Csevm.Precompiles.Crypto.Bn254;

/// <summary>
/// The field operations curve arithmetic needs, so one generic point type serves G1 (over F_p)
/// and G2 (over F_p²); struct type arguments make the JIT specialise it per field.
/// </summary>
public interface IFieldElement<T> where T : struct, IFieldElement<T>
{
    static abstract T Zero { get; }
    static abstract T One { get; }
    bool IsZero { get; }
    T Square();
    T Double();
    T Inverse();
    static abstract T operator +(in T a, in T b);
    static abstract T operator -(in T a, in T b);
    static abstract T operator -(in T a);
    static abstract T operator *(in T a, in T b);
    static abstract bool operator ==(in T a, in T b);
    static abstract bool operator !=(in T a, in T b);
}
