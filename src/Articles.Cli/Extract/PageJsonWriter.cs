using System.Buffers;
using System.Text;
using System.Text.Json;
using Articles.Extraction;
using Articles.Extraction.Model;

namespace Articles.Cli.Extract;

/// <summary>
/// Writes one page's output: <c>"file"</c> first, then every key of the schema exactly as <see cref="ArticleJson"/>
/// serialises it (so the CLI and the API cannot drift apart), or <c>"error"</c> instead of the schema.
/// </summary>
internal static class PageJsonWriter
{
    public static string Article(string file, ArticleMetadata metadata, bool pretty)
    {
        using var schema = JsonDocument.Parse(ArticleJson.Serialize(metadata));
        return Write(pretty, json =>
        {
            json.WriteString("file", file);
            foreach (var property in schema.RootElement.EnumerateObject())
            {
                property.WriteTo(json);
            }
        });
    }

    public static string Error(string file, string message, bool pretty) => Write(pretty, json =>
    {
        json.WriteString("file", file);
        json.WriteString("error", message);
    });

    private static string Write(bool pretty, Action<Utf8JsonWriter> body)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = ArticleJson.Options.Encoder, Indented = pretty }))
        {
            json.WriteStartObject();
            body(json);
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }
}
