using System.Text.RegularExpressions;
using Articles.Extraction.Attribution;

namespace Articles.Extraction.Tests.Attribution;

public sealed class CuePatternTests
{
    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant;

    [Theory]
    [InlineData(@"за\s+даними", "даними")]
    [InlineData(@"повідомля\p{L}*", "повідомля")]
    [InlineData(@"і?з\s+посиланням\s+на", "посиланням")]
    [InlineData(@"інтерв['’ʼ]ю", "інтерв")]
    [InlineData(@"report(?:s|ed|ing)?", "report")]
    [InlineData(@"wr(?:o|i)tes?", "wr")]
    [InlineData(@"tells?", "tell")]
    [InlineData(@"джерело\s*:", "джерело")]
    [InlineData(@"[уві]\s+(?:газеті|журналі)", "газеті|журналі")]
    [InlineData(@"in\s+a\s+(?:post|statement)", "post|statement")]
    [InlineData(@"писал[аои]", "писал")]
    [InlineData(@"по\s+(?:его|её|ее)\s+словам", "словам")]
    public void Stems_AreTheSurestLiteralPrefixes(string alternative, string expected)
    {
        Assert.Equal(expected.Split('|'), CueStems.Of(alternative));
    }

    [Theory]
    [InlineData(@"(?:a|b)?x")]
    [InlineData(@"\p{L}+")]
    [InlineData(@"[а-я]+")]
    public void Stems_AreEmpty_WhenNoWordIsSure(string alternative)
    {
        Assert.Empty(CueStems.Of(alternative));
    }

    [Theory]
    [InlineData("Про це повідомляє Reuters.", true)]
    [InlineData("За ДАНИМИ видання, це так.", true)]
    [InlineData("Як пише \"Кореспондент\", це так.", true)]
    [InlineData("Reuters REPORTED it first.", true)]
    [InlineData("Президент провів зустріч у Києві.", false)]
    [InlineData("The minister met his counterpart.", false)]
    [InlineData("допишемо це завтра", false)]
    public void MayMatch_AgreesWithTheRegex(string text, bool expected)
    {
        var alternatives = new[] { @"повідомля\p{L}*", @"за\s+даними", @"пише", @"report(?:s|ed)?" };
        var cue = new CuePattern(@"\b(?:" + string.Join('|', alternatives) + @")\b", alternatives, Options, TimeSpan.FromSeconds(1));

        Assert.Equal(expected, cue.MayMatch(text));
        Assert.Equal(expected, cue.IsMatch(text));
        Assert.Equal(expected, cue.Regex.IsMatch(text));
        Assert.Equal(expected ? 1 : 0, cue.Matches(text).Count);
    }

    [Fact]
    public void UnusualCaseMappings_AreLeftToTheRegex()
    {
        // U+212A KELVIN SIGN matches "k" case-insensitively in a regex, but not in an ordinal comparison.
        var alternatives = new[] { "kyiv" };
        var cue = new CuePattern(@"\b(?:kyiv)\b", alternatives, Options, TimeSpan.FromSeconds(1));

        Assert.True(cue.MayMatch("in \u212Ayiv today"));
        Assert.True(cue.IsMatch("in \u212Ayiv today"));
    }

    [Fact]
    public void AnAlternativeWithoutStems_MakesThePatternAlwaysRun()
    {
        var alternatives = new[] { "пише", @"\p{Lu}{3}" };
        var cue = new CuePattern(@"\b(?:" + string.Join('|', alternatives) + ")", alternatives, RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));

        Assert.True(cue.MayMatch("NATO"));
        Assert.True(cue.IsMatch("NATO"));
    }
}
