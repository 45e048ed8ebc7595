using Articles.Extraction.Attribution.People;

namespace Articles.Extraction.Tests.People;

public class KnownNamesTests
{
    [Fact]
    public void A_probe_answers_no_and_remembers_the_question()
    {
        var known = new KnownNames();
        known.Add("Володимир Зеленський");
        var probe = KnownNames.Probe();

        Assert.False(probe.HasSurname("Зеленського"));
        Assert.True(probe.FirstDifferingAnswer(known) >= 0);
    }

    [Fact]
    public void A_probe_asked_about_other_names_gives_the_same_answers()
    {
        var known = new KnownNames();
        known.Add("Володимир Зеленський");
        var probe = KnownNames.Probe();

        Assert.False(probe.HasSurname("Байден"));
        Assert.False(probe.ContainsFullName("Джо Байден"));
        Assert.Equal(-1, probe.FirstDifferingAnswer(known));
    }

    [Fact]
    public void A_full_name_question_is_remembered_too()
    {
        var known = new KnownNames();
        known.Add("Donald Trump");
        var probe = KnownNames.Probe();

        Assert.False(probe.ContainsFullName("Donald Trump"));
        Assert.True(probe.FirstDifferingAnswer(known) >= 0);
    }

    [Fact]
    public void Nothing_is_added_to_a_probe()
    {
        var probe = KnownNames.Probe();
        probe.Add("Donald Trump");
        Assert.False(probe.ContainsFullName("Donald Trump"));
    }

    [Fact]
    public void The_first_question_a_known_name_answers_differently_is_where_a_second_reading_starts()
    {
        var known = new KnownNames();
        known.Add("Володимир Зеленський");
        known.Add("Джо Байден");
        var probe = KnownNames.Probe();

        probe.At(2);
        probe.HasSurname("Шмигаль");
        probe.At(5);
        probe.HasSurname("Байдена");
        probe.At(9);
        probe.HasSurname("Зеленський");

        Assert.Equal(5, probe.FirstDifferingAnswer(known));
        Assert.Equal(-1, KnownNames.Probe().FirstDifferingAnswer(known));
    }
}
