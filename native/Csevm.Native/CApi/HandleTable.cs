using System.Collections.Concurrent;

namespace Csevm.Native.CApi;

/// <summary>
/// The objects behind the C API's opaque handles. A handle is a number (never an address), so a
/// stale, forged or already freed handle is an unknown key, not a dangling pointer, and freeing
/// twice is an error instead of a crash.
/// </summary>
internal static class HandleTable
{
    private static readonly ConcurrentDictionary<nint, object> Objects = new();
    // Multiples of 16 from an odd-looking base: never NULL and unlike any small integer a caller might pass by mistake.
    private static long s_next = 0x5e7_0000;

    public static nint Add(object target)
    {
        var handle = (nint)Interlocked.Add(ref s_next, 16);
        Objects[handle] = target;
        return handle;
    }

    /// <summary>The object of kind <typeparamref name="T"/> behind <paramref name="handle"/>, or an <see cref="CsevmError.InvalidHandle"/> error.</summary>
    public static T Get<T>(nint handle) where T : class =>
        Objects.TryGetValue(handle, out var target) && target is T typed
            ? typed
            : throw new CsevmException(CsevmError.InvalidHandle, $"0x{handle:x} is not a live {Kind<T>()} handle");

    /// <summary>Forgets the handle (the object goes to the GC). A second free of the same handle is an error.</summary>
    public static T Remove<T>(nint handle) where T : class
    {
        var target = Get<T>(handle);
        if (!Objects.TryRemove(new KeyValuePair<nint, object>(handle, target)))
            throw new CsevmException(CsevmError.InvalidHandle, $"0x{handle:x} was freed concurrently");
        return target;
    }

    private static string Kind<T>() => typeof(T).Name.Replace("Handle", "").ToLowerInvariant();
}
