using WebSample.Tests.Support;

namespace WebSample.Tests;

/// <summary>
/// The sample on its emulator, seen from browsers: each browser signs in on the emulator's sign-in page as one of its
/// users, sees that user's own data, and can sign out.
/// </summary>
[Collection(WebSampleCollection.Name)]
public sealed class SignInTests(WebSampleFixture fixture)
{
    [Fact]
    public void Start_WithoutCredentials_FirstLineSaysItUsesTheEmulatorAndGivesTheAddressToOpen()
    {
        var firstLine = fixture.Sample.FirstLine;

        Assert.Contains("emulator", firstLine, StringComparison.OrdinalIgnoreCase);
        Assert.Contains(fixture.Sample.BaseAddress.GetLeftPart(UriPartial.Authority), firstLine, StringComparison.Ordinal);
    }

    [Fact]
    public void TwoBrowsers_SignedInAsTwoUsers_EachKeepsSeeingTheirOwnNameAndAlbums()
    {
        BrowserScenario.Run(fixture.Sample, nameof(TwoBrowsers_SignedInAsTwoUsers_EachKeepsSeeingTheirOwnNameAndAlbums), scenario =>
        {
            var home = scenario.Sample.BaseAddress;
            var a = scenario.OpenBrowser("a");
            var b = scenario.OpenBrowser("b");

            var userA = SamplePages.SignIn(a, home, SamplePages.DemoUserId);
            Assert.Equal((userA.DisplayName, userA.Id), SamplePages.ShownUser(a));
            Assert.True(a.Has(SamplePages.NowPlaying), "The signed-in page has no #now-playing.");
            var albumsA = SamplePages.SavedAlbumIds(a);
            Assert.NotEmpty(albumsA);

            // A fresh profile has no cookie of the emulator's: B gets the sign-in page, not A's session.
            var userB = SamplePages.SignIn(b, home, SamplePages.SecondUserId);
            Assert.NotEqual(userA.Id, userB.Id);
            Assert.NotEqual(userA.DisplayName, userB.DisplayName);
            Assert.Equal((userB.DisplayName, userB.Id), SamplePages.ShownUser(b));
            var albumsB = SamplePages.SavedAlbumIds(b);
            Assert.NotEmpty(albumsB);
            Assert.Empty(albumsA.Intersect(albumsB, StringComparer.Ordinal));

            // B's sign-in did not change what A sees, nor A's reload what B sees.
            a.Reload();
            Assert.Equal((userA.DisplayName, userA.Id), SamplePages.ShownUser(a));
            Assert.Equal(albumsA, SamplePages.SavedAlbumIds(a));
            b.Reload();
            Assert.Equal((userB.DisplayName, userB.Id), SamplePages.ShownUser(b));
            Assert.Equal(albumsB, SamplePages.SavedAlbumIds(b));
        });
    }

    [Fact]
    public void SignOut_ReturnsToTheHomePage_AndTheSignedInPageThenLeadsToSignInAgain()
    {
        BrowserScenario.Run(fixture.Sample, nameof(SignOut_ReturnsToTheHomePage_AndTheSignedInPageThenLeadsToSignInAgain), scenario =>
        {
            var home = scenario.Sample.BaseAddress;
            var browser = scenario.OpenBrowser("signed-out");
            var user = SamplePages.SignIn(browser, home, SamplePages.DemoUserId);

            browser.ClickAndWaitForNewPage(SamplePages.SignOut);

            browser.Find(SamplePages.SignInLink);
            Assert.Equal(home.GetLeftPart(UriPartial.Path), browser.Url.GetLeftPart(UriPartial.Path));
            Assert.False(browser.Has(SamplePages.DisplayName), "The home page still shows a signed-in user after signing out.");

            browser.GoTo(user.SignedInPage);
            browser.Wait("the sample's sign-in link or the emulator's sign-in page", d =>
                d.FindElements(SamplePages.SignInLink).Count > 0 || d.FindElements(SamplePages.EmulatorUserButtons).Count > 0);
            Assert.False(browser.Has(SamplePages.DisplayName), $"{user.SignedInPage} still shows a signed-in user after signing out.");
        });
    }

    [Fact]
    public async Task SignedInPage_WithTheCookieOfASignedOutBrowser_LeadsToSignInRatherThanAnErrorOrTheOldSession()
    {
        // A copy of the signed-in browser's cookies, sent again after that browser signed out.
        var cookies = "";
        SignedInUser user = null!;
        BrowserScenario.Run(fixture.Sample, nameof(SignedInPage_WithTheCookieOfASignedOutBrowser_LeadsToSignInRatherThanAnErrorOrTheOldSession), scenario =>
        {
            var browser = scenario.OpenBrowser("stale-cookie");
            user = SamplePages.SignIn(browser, scenario.Sample.BaseAddress, SamplePages.DemoUserId);
            cookies = browser.CookieHeader;
            browser.ClickAndWaitForNewPage(SamplePages.SignOut);
            browser.Find(SamplePages.SignInLink);
        });
        using var http = new HttpClient(new SocketsHttpHandler { AllowAutoRedirect = false, UseCookies = false });
        using var request = new HttpRequestMessage(HttpMethod.Get, user.SignedInPage);
        request.Headers.Add("Cookie", cookies);

        using var response = await http.SendAsync(request);

        var body = await response.Content.ReadAsStringAsync();
        var status = (int)response.StatusCode;
        Assert.True(status is >= 200 and < 400, $"GET {user.SignedInPage} with the signed-out cookie answered {status}:{Environment.NewLine}{body}");
        if (status >= 300)
        {
            // Back to Spotify's sign-in (the accounts site's /authorize), or to the sample's own sign-in or home page.
            var location = response.Headers.Location;
            Assert.NotNull(location);
            var target = location.IsAbsoluteUri ? location : new Uri(user.SignedInPage, location);
            Assert.Contains(target.AbsolutePath, new[] { "/authorize", "/signin", "/" });
        }
        else
        {
            Assert.Contains("id=\"sign-in\"", body, StringComparison.Ordinal);
            Assert.DoesNotContain(user.Id, body, StringComparison.Ordinal);
        }
    }
}
