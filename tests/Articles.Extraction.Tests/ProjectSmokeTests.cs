namespace Articles.Extraction.Tests;

public class ProjectSmokeTests
{
    [Fact]
    public void Assembly_loads() => Assert.NotNull(typeof(ProjectSmokeTests).Assembly.GetName().Name);
}
