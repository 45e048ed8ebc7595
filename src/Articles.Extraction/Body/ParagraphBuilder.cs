using System.Text;

namespace Articles.Extraction.Body;

/// <summary>Accumulates one paragraph's text with whitespace folded as it goes, and the links inside it.</summary>
internal sealed class ParagraphBuilder
{
    private readonly StringBuilder text = new();
    private readonly List<BodyLink> links = [];
    private bool pendingSpace;

    public int Length => text.Length;

    public bool IsEmpty => text.Length == 0;

    public void Append(string value) => TextFolding.AppendFolded(text, value, ref pendingSpace);

    /// <summary>A soft break (single &lt;br&gt;) reads as a space.</summary>
    public void AppendSpace() => pendingSpace = text.Length > 0;

    /// <summary>Where the next visible character will land.</summary>
    public int NextStart => text.Length + (pendingSpace ? 1 : 0);

    /// <summary>Records a link whose text began at <paramref name="start"/> (a <see cref="NextStart"/> value).</summary>
    public void AddLink(int start, string href)
    {
        if (start >= text.Length || string.IsNullOrEmpty(href))
        {
            return;
        }

        var anchor = text.ToString(start, text.Length - start);
        links.Add(new BodyLink(anchor, href, start));
    }

    /// <summary>The finished paragraph, or null when it holds no text; the builder is cleared either way.</summary>
    public BodyParagraph? Take()
    {
        BodyParagraph? paragraph = text.Length == 0 ? null : new BodyParagraph(text.ToString(), links.ToArray());
        text.Clear();
        links.Clear();
        pendingSpace = false;
        return paragraph;
    }
}
