namespace Articles.Extraction.Attribution;

/// <summary>
/// Hashes kept as bits, a filter that can only say "certainly not": the lexicons ask it before a dictionary lookup for
/// nearly every word of a body, and one bit per hash keeps these tables small enough to stay in the cache.
/// </summary>
/// <param name="count">How many hashes the filter tells apart: every hash is in [0, count).</param>
internal sealed class HashBits(int count)
{
    private readonly ulong[] _words = new ulong[(count + 63) / 64];

    public void Add(int hash) => _words[hash >> 6] |= 1UL << (hash & 63);

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public bool MayContain(int hash) => (_words[hash >> 6] & (1UL << (hash & 63))) != 0;
}
