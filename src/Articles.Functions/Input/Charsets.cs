using System.Text;

namespace Articles.Functions.Input;

/// <summary>Whether a charset named in a Content-Type is one .NET can decode (legacy code pages included).</summary>
public static class Charsets
{
    static Charsets() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public static bool IsKnown(string charset)
    {
        try
        {
            _ = Encoding.GetEncoding(charset.Trim('"', ' '));
            return true;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }
}
