namespace Articles.Extraction.Fields.Dates.Parsing;

/// <summary>A date found in text: where it is and the exact text it was read from.</summary>
/// <param name="Ambiguous">Day and month could be swapped ("04/05/2023"): read by the page's convention, a guess.</param>
internal sealed record DateMatch(DateValue Value, int Index, int Length, string Raw, bool Ambiguous = false);
