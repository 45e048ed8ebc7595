using AngleSharp.Dom;

namespace Articles.Extraction.Body;

/// <summary>Walking up the tree.</summary>
internal static class ElementAncestry
{
    public static IEnumerable<IElement> AncestorsAndSelf(this IElement element)
    {
        for (var current = element; current is not null; current = current.ParentElement)
        {
            yield return current;
        }
    }
}
