namespace Articles.Extraction.Attribution;

/// <summary>
/// A yes/no answer for every UTF-16 code unit, worked out once (8 KB): for loops that classify every character of a
/// body, where Unicode category lookups were a visible share of attribution's time.
/// </summary>
internal sealed class CharTable
{
    private readonly ulong[] _bits = new ulong[65536 / 64];

    public CharTable(Func<char, bool> predicate)
    {
        ArgumentNullException.ThrowIfNull(predicate);
        for (var c = 0; c < 65536; c++)
        {
            if (predicate((char)c))
            {
                _bits[c >> 6] |= 1UL << (c & 63);
            }
        }
    }

    // Asked once per character of a body: inlined into the scanning loops.
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public bool Contains(char c) => (_bits[c >> 6] & (1UL << (c & 63))) != 0;
}
