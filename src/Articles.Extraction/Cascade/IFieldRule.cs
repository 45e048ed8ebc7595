using Articles.Extraction.Page;

namespace Articles.Extraction.Cascade;

/// <summary>One named way of finding a field; returns null when it has no answer.</summary>
public interface IFieldRule<out T> where T : class
{
    /// <summary>Stable rule name recorded in <c>provenance</c>, e.g. "jsonld", "og:title".</summary>
    string Name { get; }

    T? Find(PageContext page);
}
