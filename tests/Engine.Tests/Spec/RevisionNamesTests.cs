using Csevm.Spec;

namespace Csevm.Tests.Spec;

public class RevisionNamesTests
{
    [Theory]
    [InlineData("Frontier", Revision.Frontier)]
    [InlineData("EIP150", Revision.TangerineWhistle)]
    [InlineData("EIP158", Revision.SpuriousDragon)]
    [InlineData("ConstantinopleFix", Revision.Petersburg)]
    [InlineData("Merge", Revision.Paris)]
    [InlineData("osaka", Revision.Osaka)]
    [InlineData("14", Revision.Osaka)]
    [InlineData("0", Revision.Frontier)]
    public void Parse_AcceptsCanonicalNamesFixtureAliasesAndEvmcNumbers(string text, Revision expected) =>
        Assert.Equal(expected, RevisionNames.Parse(text));

    [Theory]
    [InlineData("")]
    [InlineData("15")]
    [InlineData("-1")]
    [InlineData("Amsterdam")]
    public void Parse_RejectsUnknownForksWithFormatException(string text) =>
        Assert.Throws<FormatException>(() => RevisionNames.Parse(text));

    [Fact]
    public void FixtureName_RoundTripsThroughParse()
    {
        foreach (var revision in Enum.GetValues<Revision>())
            Assert.Equal(revision, RevisionNames.Parse(RevisionNames.FixtureName(revision)));
    }
}
