namespace Articles.Extraction.Attribution.Sources;

/// <summary>A publication named in a sentence as the origin of information.</summary>
/// <param name="Name">The name as the text gives it (nominative for quoted and unknown names).</param>
/// <param name="Known">The gazetteer outlet, when the name is a known one.</param>
/// <param name="Start">Offset of the name in the sentence.</param>
/// <param name="End">Offset just after the name.</param>
/// <param name="Quoted">Written in quotation marks («Благовіст-Інфо»).</param>
internal sealed record OutletMention(string Name, Outlet? Known, int Start, int End, bool Quoted);
