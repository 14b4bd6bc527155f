using System.Runtime.InteropServices;

namespace Csevm.Native.CApi;

/// <summary>
/// The thread's last error message as NUL-terminated UTF-8 in native memory, so
/// <c>csevm_last_error()</c> can hand out a pointer that stays valid until the next failing call
/// on the same thread (which replaces it).
/// </summary>
internal static unsafe class LastError
{
    [ThreadStatic] private static byte* t_message;

    private static ReadOnlySpan<byte> Empty => "\0"u8;

    /// <summary>Records <paramref name="error"/> with its message and returns it.</summary>
    public static CsevmError Set(CsevmError error, string message)
    {
        var bytes = NativeUtf8.Allocate(message);
        NativeMemory.Free(t_message);
        t_message = bytes;
        return error;
    }

    /// <summary>The message, or an empty string when nothing failed on this thread yet.</summary>
    public static byte* Message
    {
        get
        {
            if (t_message != null) return t_message;
            fixed (byte* empty = Empty) return empty;  // a literal in the image: never moves
        }
    }
}
