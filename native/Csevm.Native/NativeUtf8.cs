using System.Runtime.InteropServices;
using System.Text;

namespace Csevm.Native;

/// <summary>Strings handed to C: NUL-terminated UTF-8 in native memory, freed with <see cref="NativeMemory.Free"/>.</summary>
internal static unsafe class NativeUtf8
{
    public static byte* Allocate(string text)
    {
        int length = Encoding.UTF8.GetByteCount(text);
        var bytes = (byte*)NativeMemory.Alloc((nuint)length + 1);
        Encoding.UTF8.GetBytes(text, new Span<byte>(bytes, length));
        bytes[length] = 0;
        return bytes;
    }
}
