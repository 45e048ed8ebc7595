using System.Buffers;
using System.Text;
using System.Text.Json;
using Articles.Extraction;

namespace Articles.Cli.Eval;

/// <summary>The machine-readable evaluation output: the same numbers as the table, plus misses with --details.</summary>
internal static class JsonReport
{
    public static void Write(TextWriter output, IReadOnlyList<CorpusResult> corpora, FieldFilter? details)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = ArticleJson.Options.Encoder, Indented = true }))
        {
            json.WriteStartObject();
            json.WriteString("extractorVersion", ArticleExtractor.Version);
            json.WriteStartArray("corpora");
            foreach (var corpus in corpora)
            {
                WriteCorpus(json, corpus, details);
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        output.WriteLine(Encoding.UTF8.GetString(buffer.WrittenSpan));
    }

    private static void WriteCorpus(Utf8JsonWriter json, CorpusResult corpus, FieldFilter? details)
    {
        json.WriteStartObject();
        json.WriteString("name", corpus.Name);
        json.WriteString("path", corpus.Path);
        json.WriteNumber("pages", corpus.Pages.Count);
        json.WriteNumber("errors", corpus.ErrorCount);
        json.WriteNumber("medianMs", Math.Round(corpus.MedianMilliseconds, 2));
        json.WriteStartObject("fields");
        foreach (var field in corpus.Fields)
        {
            json.WriteStartObject(field.Field);
            json.WriteNumber("count", field.Count);
            if (field.IsSet)
            {
                json.WriteNumber("precision", Math.Round(field.Set.Precision, 4));
                json.WriteNumber("recall", Math.Round(field.Set.Recall, 4));
                json.WriteNumber("f1", Math.Round(field.Set.F1, 4));
                json.WriteNumber("macroF1", Math.Round(field.MacroF1, 4));
                json.WriteNumber("truePositives", field.Set.TruePositives);
                json.WriteNumber("falsePositives", field.Set.FalsePositives);
                json.WriteNumber("falseNegatives", field.Set.FalseNegatives);
            }
            else
            {
                json.WriteNumber("correct", field.Correct);
                json.WriteNumber("accuracy", Math.Round(field.Accuracy, 4));
            }

            json.WriteEndObject();
        }

        json.WriteEndObject();
        json.WriteStartArray("errorPages");
        foreach (var page in corpus.Pages.Where(p => p.Error is not null))
        {
            json.WriteStartObject();
            json.WriteString("file", page.File);
            json.WriteString("error", page.Error);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        if (details is not null)
        {
            WriteMisses(json, corpus, details);
        }

        json.WriteEndObject();
    }

    private static void WriteMisses(Utf8JsonWriter json, CorpusResult corpus, FieldFilter filter)
    {
        json.WriteStartArray("misses");
        foreach (var page in corpus.Pages)
        {
            foreach (var miss in page.Outcomes.Where(o => !o.IsPerfect && filter.Includes(o.Field)))
            {
                json.WriteStartObject();
                json.WriteString("file", page.File);
                json.WriteString("field", miss.Field);
                json.WriteString("subject", miss.Subject);
                json.WriteString("rule", miss.Rule);
                if (miss.Set is null)
                {
                    json.WriteString("expected", miss.Expected);
                    json.WriteString("got", miss.Got);
                }
                else
                {
                    WriteStrings(json, "missing", miss.Missing);
                    WriteStrings(json, "extra", miss.Extra);
                }

                json.WriteEndObject();
            }
        }

        json.WriteEndArray();
    }

    private static void WriteStrings(Utf8JsonWriter json, string name, IReadOnlyList<string> values)
    {
        json.WriteStartArray(name);
        foreach (var value in values)
        {
            json.WriteStringValue(value);
        }

        json.WriteEndArray();
    }
}
