using System.Diagnostics;

namespace Articles.Extraction;

/// <summary>
/// The time one page may take. Required work (decoding, parsing, the metadata fields, the body) always runs; optional
/// work (attribution, scanning the visible text for dates) is skipped once the budget is spent, and the skip is noted
/// in <c>provenance["limits"]</c> instead of failing the page.
/// </summary>
public sealed class ExtractionBudget
{
    private readonly long started = Stopwatch.GetTimestamp();
    private readonly List<string> skipped = [];
    private readonly List<string> timedOut = [];

    /// <param name="limit">The time allowed; <see cref="Timeout.InfiniteTimeSpan"/> for no limit, zero to skip all optional work.</param>
    public ExtractionBudget(TimeSpan limit)
    {
        if (limit < TimeSpan.Zero && limit != Timeout.InfiniteTimeSpan)
        {
            throw new ArgumentOutOfRangeException(nameof(limit), limit, "A time budget is zero or more, or infinite.");
        }

        Limit = limit;
    }

    public static ExtractionBudget Unlimited => new(Timeout.InfiniteTimeSpan);

    public TimeSpan Limit { get; }

    public bool IsSpent => Limit != Timeout.InfiniteTimeSpan && Stopwatch.GetElapsedTime(started) >= Limit;

    /// <summary>The optional work skipped so far, in the order it was refused.</summary>
    public IReadOnlyList<string> Skipped => skipped;

    /// <summary>Work that lost a result because a pattern hit its match timeout (hostile text, or a stalled machine).</summary>
    public IReadOnlyList<string> TimedOut => timedOut;

    public void NoteTimeout(string work)
    {
        lock (timedOut)
        {
            if (!timedOut.Contains(work))
            {
                timedOut.Add(work);
            }
        }
    }

    /// <summary>True while time is left for the optional <paramref name="work"/>; otherwise notes it as skipped.</summary>
    public bool Allows(string work)
    {
        if (!IsSpent)
        {
            return true;
        }

        lock (skipped)
        {
            if (!skipped.Contains(work))
            {
                skipped.Add(work);
            }
        }

        return false;
    }
}
