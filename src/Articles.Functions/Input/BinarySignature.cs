namespace Articles.Functions.Input;

/// <summary>The leading bytes ("magic number") of a file format that is never HTML.</summary>
internal sealed record BinarySignature(string Kind, byte[] Magic, int Offset = 0)
{
    public bool Matches(ReadOnlySpan<byte> head) =>
        head.Length >= Offset + Magic.Length && head.Slice(Offset, Magic.Length).SequenceEqual(Magic);

    public static BinarySignature Text(string kind, string ascii, int offset = 0) =>
        new(kind, System.Text.Encoding.ASCII.GetBytes(ascii), offset);
}
