using Articles.Extraction.Attribution.Quotes;
using Articles.Extraction.Attribution.Sources;

namespace Articles.Extraction.Attribution;

/// <summary>
/// The cue phrases both finders look for, found in one pass over a sentence and kept for both: media cues and promos
/// (sources), and the "за словами / according to", data and possessive cues (quotes). Each list is found as if
/// searched alone.
/// </summary>
internal static class SentenceCues
{
    public const int Media = 0;
    public const int Promo = 1;
    public const int Speaker = 2;
    public const int Data = 3;
    public const int Possessive = 4;

    private static readonly CuePhrases All = new(
    [
        SourceCues.MediaPhrases(),
        SourceCues.PromoPhrases(),
        AccordingTo.SpeakerPhrases(),
        AccordingTo.DataPhrases(),
        AccordingTo.PossessivePhrases(),
    ]);

    /// <summary>Every cue of the sentence, in order of position; <see cref="CueHit.Kind"/> says which list.</summary>
    public static IReadOnlyList<CueHit> Of(string sentence) => All.Matches(sentence);
}
