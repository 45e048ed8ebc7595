using System.Numerics;

namespace Articles.Extraction.Attribution;

/// <summary>
/// Hashed keys kept as bits, a filter that can only say "certainly not": the lexicons ask it before a dictionary
/// lookup for nearly every word of a body, and one bit per slot keeps these tables small enough to stay in the cache.
/// </summary>
internal sealed class HashBits
{
    private readonly ulong[] _words;
    private readonly int _shift;

    /// <param name="slots">How many slots the keys are hashed to: a power of two.</param>
    public HashBits(int slots = 4096)
    {
        if (slots < 64 || !BitOperations.IsPow2(slots))
        {
            throw new ArgumentOutOfRangeException(nameof(slots), slots, "A power of two, 64 or more.");
        }

        _words = new ulong[slots / 64];
        _shift = 64 - BitOperations.Log2((uint)slots);
    }

    /// <summary>A filter holding every key.</summary>
    public static HashBits Of(IEnumerable<string> keys, int slots = 4096)
    {
        ArgumentNullException.ThrowIfNull(keys);
        var bits = new HashBits(slots);
        foreach (var key in keys)
        {
            bits.Add(key);
        }

        return bits;
    }

    public void Add(ReadOnlySpan<char> key) => Set(Slot(Mix(key)));

    public void Add(long key) => Set(Slot(key));

    public bool MayContain(ReadOnlySpan<char> key) => IsSet(Slot(Mix(key)));

    public bool MayContain(long key) => IsSet(Slot(key));

    // The characters and the length folded into one number, then spread over the slots by a multiplicative hash.
    private static long Mix(ReadOnlySpan<char> key)
    {
        var hash = (long)key.Length;
        foreach (var c in key)
        {
            hash = (hash * 65599) + c;
        }

        return hash;
    }

    private int Slot(long key) => (int)((ulong)(key * -7046029254386353131L) >> _shift);

    private void Set(int slot) => _words[slot >> 6] |= 1UL << (slot & 63);

    private bool IsSet(int slot) => (_words[slot >> 6] & (1UL << (slot & 63))) != 0;
}
