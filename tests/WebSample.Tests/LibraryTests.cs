using WebSample.Tests.Support;

namespace WebSample.Tests;

/// <summary>The signed-in page's library: paging through the saved albums, and a save that is undone.</summary>
[Collection(WebSampleCollection.Name)]
public sealed class LibraryTests(WebSampleFixture fixture)
{
    [Fact]
    public void NextPage_ShowsOtherSavedAlbums_AndPreviousPageTheFirstOnesAgain()
    {
        BrowserScenario.Run(fixture.Sample, nameof(NextPage_ShowsOtherSavedAlbums_AndPreviousPageTheFirstOnesAgain), scenario =>
        {
            var browser = scenario.OpenBrowser("paging");
            var user = SamplePages.SignIn(browser, scenario.Sample.BaseAddress, SamplePages.DemoUserId);
            var firstPage = SamplePages.SavedAlbumIds(browser);
            Assert.NotEmpty(firstPage);
            Assert.True(browser.Has(SamplePages.NextPage), $"{user.DisplayName}'s first page of {firstPage.Count} saved albums has no #next-page link.");
            Assert.False(browser.Has(SamplePages.PreviousPage), "The first page has a #previous-page link.");

            browser.ClickAndWaitForNewPage(SamplePages.NextPage);

            var secondPage = SamplePages.SavedAlbumIds(browser);
            Assert.NotEmpty(secondPage);
            Assert.Empty(secondPage.Intersect(firstPage, StringComparer.Ordinal));
            Assert.Equal((user.DisplayName, user.Id), SamplePages.ShownUser(browser));

            browser.ClickAndWaitForNewPage(SamplePages.PreviousPage);

            Assert.Equal(firstPage, SamplePages.SavedAlbumIds(browser));
        });
    }

    [Fact]
    public void SaveThenRemoveAlbum_LeavesTheLibraryAsItWas()
    {
        BrowserScenario.Run(fixture.Sample, nameof(SaveThenRemoveAlbum_LeavesTheLibraryAsItWas), scenario =>
        {
            var browser = scenario.OpenBrowser("save-remove");
            var user = SamplePages.SignIn(browser, scenario.Sample.BaseAddress, SamplePages.DemoUserId);
            var before = SamplePages.SavedAlbumIds(browser);

            browser.ClickAndWaitForNewPage(SamplePages.SaveAlbum);

            // Saved albums are listed newest first: the saved one leads the first page.
            var saved = SamplePages.SavedAlbumIds(browser);
            Assert.Equal((user.DisplayName, user.Id), SamplePages.ShownUser(browser));
            Assert.NotEmpty(saved);
            Assert.False(before.Contains(saved[0], StringComparer.Ordinal), $"After #save-album the first saved album is {saved[0]}, which was there before.");

            browser.ClickAndWaitForNewPage(SamplePages.RemoveAlbum);

            Assert.Equal((user.DisplayName, user.Id), SamplePages.ShownUser(browser));
            Assert.Equal(before, SamplePages.SavedAlbumIds(browser));
        });
    }
}
