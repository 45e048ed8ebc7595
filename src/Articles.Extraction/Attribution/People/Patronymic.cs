namespace Articles.Extraction.Attribution.People;

/// <summary>Russian/Ukrainian patronymics ("Николаевна", "Ігоревича").</summary>
internal static class Patronymic
{
    private static readonly string[] MaleStems = ["ович", "евич", "йович", "ьович", "ич"];
    private static readonly string[] FemaleStems = ["овна", "евна", "івна", "ївна", "ична", "инична"];

    public static bool IsPatronymic(string word)
    {
        // Every stem holds "ич" or "вн": most names (and every Latin one) are ruled out without a lower-cased copy.
        if (!word.Contains("ич", StringComparison.OrdinalIgnoreCase) && !word.Contains("вн", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }
        var lower = LowerCase.Of(word);
        return Stem(lower, MaleStems, 3) is not null || Stem(lower, FemaleStems, 2) is not null;
    }

    public static string ToNominative(string word)
    {
        var lower = LowerCase.Of(word);
        if (Stem(lower, FemaleStems, 2) is { } female)
        {
            return word[..female] + FemaleEnding(lower, female);
        }
        if (Stem(lower, MaleStems, 3) is { } male)
        {
            return word[..male];
        }
        return word;
    }

    private static string FemaleEnding(string lower, int stemEnd) => lower[stemEnd..] switch
    {
        "" or "а" or "и" or "і" or "у" or "ою" or "ой" or "е" => "а",
        _ => "а",
    };

    // Index where the patronymic stem ("...ович"/"...овн") ends, if the word ends in that stem + a short ending.
    private static int? Stem(string lower, string[] stems, int maxEnding)
    {
        foreach (var stem in stems)
        {
            var core = stem.EndsWith('а') ? stem[..^1] : stem;
            var at = lower.LastIndexOf(core, StringComparison.Ordinal);
            if (at > 2 && lower.Length - (at + core.Length) <= maxEnding)
            {
                return at + core.Length;
            }
        }
        return null;
    }
}
