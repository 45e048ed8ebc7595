using System.Buffers;

namespace Articles.Extraction.Attribution.Quotes;

/// <summary>Character sets the families search for, built once.</summary>
internal static class CharSets
{
    /// <summary>What a cue and its quotation or clause may not be separated by.</summary>
    public static readonly SearchValues<char> Break = SearchValues.Create(".!?;«»\"“”„");

    /// <summary><see cref="Break"/> plus the colon.</summary>
    public static readonly SearchValues<char> BreakOrColon = SearchValues.Create(".!?;:«»\"“”„");

    public static readonly SearchValues<char> SentencePunctuation = SearchValues.Create(".!?;:");

    public static readonly SearchValues<char> Punctuation = SearchValues.Create(",.;:!?");

    public static readonly SearchValues<char> SpeakerEnd = SearchValues.Create(",.;:!?«\"“„(");

    public static readonly SearchValues<char> OpeningMarks = SearchValues.Create("«\"“„");
}
