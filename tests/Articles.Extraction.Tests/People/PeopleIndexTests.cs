using Articles.Extraction.Attribution.People;

namespace Articles.Extraction.Tests.People;

public class PeopleIndexTests
{
    private static readonly string[] UkrainianBody =
    [
        "Зустріч провів спеціальний посланник Кремля Ігор Ховаєв.",
        "За словами Ігоря Ховаєва, сторони домовилися про наступний раунд.",
        "Ховаєв також зазначив, що переговори тривали шість годин.",
        "Експерт Олена Коваль вважає, що це лише початок.",
    ];

    [Fact]
    public void Full_name_surname_and_declined_forms_merge_into_one_person()
    {
        var index = PeopleIndex.Build(UkrainianBody, "uk");
        var person = Assert.Single(index.People, p => p.Name == "Ігор Ховаєв");
        Assert.Equal(3, person.Mentions);
        Assert.Equal("спеціальний посланник Кремля", person.Role);
        Assert.Equal("росія", person.Affiliation);
        Assert.Equal(Gender.Male, person.Gender);
    }

    [Fact]
    public void Find_resolves_surnames_and_declined_forms()
    {
        var index = PeopleIndex.Build(UkrainianBody, "uk");
        Assert.Equal("Ігор Ховаєв", index.Find("Ховаєва")?.Name);
        Assert.Equal("Ігор Ховаєв", index.Find("Ховаєв")?.Name);
        Assert.Null(index.Find("Петренко"));
    }

    [Fact]
    public void Mentions_carry_their_sentence_index()
    {
        var index = PeopleIndex.Build(UkrainianBody, "uk");
        var sentences = index.Mentions.Where(m => m.Mention.Name.EndsWith("Ховаєв", StringComparison.Ordinal)).Select(m => m.Sentence);
        Assert.Equal([0, 1, 2], sentences);
    }

    [Fact]
    public void Officials_have_public_roles_and_experts_do_not()
    {
        var index = PeopleIndex.Build(UkrainianBody, "uk");
        Assert.True(index.IsOfficial(index.Find("Ігор Ховаєв")!));
        var expert = Assert.Single(index.People, p => p.Name == "Олена Коваль");
        Assert.Equal(Gender.Female, expert.Gender);
        Assert.False(index.IsOfficial(expert));
    }

    [Fact]
    public void English_surnames_attach_to_the_right_full_name()
    {
        string[] body =
        [
            "Democratic presidential nominee Hillary Clinton spoke in Ohio.",
            "Former President Bill Clinton joined her later.",
            "Clinton's speech focused on the economy.",
        ];
        var index = PeopleIndex.Build(body, "en");
        Assert.Equal(2, index.People.Count(p => p.Name.EndsWith("Clinton", StringComparison.Ordinal)));
        var hillary = Assert.Single(index.People, p => p.Name == "Hillary Clinton");
        Assert.Equal("Democratic presidential nominee", hillary.Role);
        Assert.Equal("Democratic Party", hillary.Affiliation);
        var bill = Assert.Single(index.People, p => p.Name == "Bill Clinton");
        Assert.Equal(2, bill.Mentions);
    }

    [Fact]
    public void Longest_nominative_full_name_wins()
    {
        string[] body =
        [
            "Заяву Терезі Мей передали журналістам.",
            "Британська прем'єрка Тереза Мей відмовилась коментувати.",
            "Мей поїде до Брюсселя.",
        ];
        var index = PeopleIndex.Build(body, "uk");
        var may = Assert.Single(index.People);
        Assert.Equal("Тереза Мей", may.Name);
        Assert.Equal("британська прем'єрка", may.Role);
        Assert.Equal("Велика Британія", may.Affiliation);
        Assert.Equal(3, may.Mentions);
    }

    [Fact]
    public void A_recurring_public_figure_without_a_stated_role_counts_as_official()
    {
        string[] body =
        [
            "Дональд Трамп провів мітинг перед виборами.",
            "Трамп знову критикував кандидатів від партії опонентів.",
            "Прихильники Трампа зібралися біля сцени, щоб підтримати його кампанію на виборах.",
        ];
        var index = PeopleIndex.Build(body, "uk");
        var trump = Assert.Single(index.People);
        Assert.Equal("Дональд Трамп", trump.Name);
        Assert.True(index.IsOfficial(trump));
    }

    [Fact]
    public void A_recurring_person_outside_politics_is_not_an_official()
    {
        string[] body =
        [
            "Harry Potter returned to the castle.",
            "Potter found the letter on the table.",
            "Everyone waited for Potter to speak.",
        ];
        var index = PeopleIndex.Build(body, "en");
        var harry = Assert.Single(index.People);
        Assert.Equal(3, harry.Mentions);
        Assert.False(index.IsOfficial(harry));
    }

    [Fact]
    public void Russian_people_merge_across_cases()
    {
        string[] body =
        [
            "Министр иностранных дел Польши Яцек Чапутович прибыл в Берлин.",
            "Чапутовича встретили коллеги.",
        ];
        var index = PeopleIndex.Build(body, "ru");
        var person = Assert.Single(index.People);
        Assert.Equal("Яцек Чапутович", person.Name);
        Assert.Equal(2, person.Mentions);
        Assert.Equal("Польша", person.Affiliation);
    }

    [Fact]
    public void First_name_and_patronymic_merge_with_the_full_name()
    {
        string[] body =
        [
            "Главврач больницы Алла Дробинская рассказала о ситуации.",
            "По словам Аллы Николаевны, коек хватает.",
        ];
        var index = PeopleIndex.Build(body, "ru");
        var person = Assert.Single(index.People);
        Assert.Equal("Алла Дробинская", person.Name);
        Assert.Equal(2, person.Mentions);
    }

    [Fact]
    public void Joined_names_share_a_title()
    {
        var mentions = PersonFinder.Find("The ads targeted GOP Sens. Kelly Ayotte and Richard Burr last week.", "en");
        var burr = Assert.Single(mentions, m => m.Name == "Richard Burr");
        Assert.Equal("GOP Sens.", burr.Role);
    }

    [Fact]
    public void A_lone_surname_before_the_full_name_is_read_again_once_the_name_is_known()
    {
        string[] body =
        [
            "Ховаєв прибув до Женеви в понеділок.",
            "Переговори вів спеціальний посланник Кремля Ігор Ховаєв.",
        ];
        var index = PeopleIndex.Build(body, "uk");
        var person = Assert.Single(index.People, p => p.Name == "Ігор Ховаєв");
        Assert.Equal(2, person.Mentions);
        Assert.Equal([0, 1], index.Mentions.Where(m => m.Mention.Name.EndsWith("Ховаєв", StringComparison.Ordinal)).Select(m => m.Sentence));
    }

    [Fact]
    public void A_sentence_read_again_for_a_later_surname_keeps_the_names_before_it()
    {
        // "Obama" is only known as a surname after the second sentence: the first is read again from there on.
        string[] body =
        [
            "Secretary of State John Kerry met Obama in Paris.",
            "President Barack Obama arrived later.",
        ];
        var index = PeopleIndex.Build(body, "en");
        var first = index.Mentions.Where(m => m.Sentence == 0).Select(m => index.PersonOf(m.Mention)?.Name).ToList();
        Assert.Equal(["John Kerry", "Barack Obama"], first);
        Assert.Equal(2, Assert.Single(index.People, p => p.Name == "Barack Obama").Mentions);
    }
}
