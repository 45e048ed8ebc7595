namespace Articles.Extraction.Attribution.Sources;

/// <summary>What one sentence cites.</summary>
/// <param name="Mentions">Publications named as origins of information, in text order.</param>
/// <param name="HasCue">The sentence carries a media cue ("повідомляє", "according to"…).</param>
internal sealed record SentenceScan(IReadOnlyList<OutletMention> Mentions, bool HasCue)
{
    public static SentenceScan None { get; } = new([], false);
}
