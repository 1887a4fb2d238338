using OpenQA.Selenium;

namespace WebSample.Tests.Support;

/// <summary>A user the browser signed in as, and the page the sample showed after the sign-in.</summary>
public sealed record SignedInUser(string Id, string DisplayName, Uri SignedInPage);

/// <summary>
/// What a person does on the sample's pages, and on the emulator's sign-in page the sample sends them to. Element IDs
/// are the sample's (and the emulator's) contract with these tests.
/// </summary>
public static class SamplePages
{
    public static readonly By SignInLink = By.Id("sign-in");
    public static readonly By EmulatorUserButtons = By.CssSelector("button[id^='sign-in-']");
    public static readonly By DisplayName = By.Id("display-name");
    public static readonly By UserId = By.Id("user-id");
    public static readonly By SavedAlbums = By.CssSelector("li.saved-album");
    public static readonly By NextPage = By.Id("next-page");
    public static readonly By PreviousPage = By.Id("previous-page");
    public static readonly By NowPlaying = By.Id("now-playing");
    public static readonly By SaveAlbum = By.Id("save-album");
    public static readonly By RemoveAlbum = By.Id("remove-album");
    public static readonly By SignOut = By.Id("sign-out");

    /// <summary>The emulator's demo user, whose library holds more than one page of every saved type.</summary>
    public const string DemoUserId = "spotantic.demo";

    /// <summary>The user the sample adds, with saved albums none of the other users has.</summary>
    public const string SecondUserId = "second.listener";

    /// <summary>
    /// Opens the home page, follows "Log in with Spotify" to the emulator's sign-in page, picks the user with
    /// <paramref name="userId"/> there and waits until the sample shows them signed in.
    /// </summary>
    public static SignedInUser SignIn(Browser browser, Uri home, string userId)
    {
        browser.GoTo(home);
        browser.ClickAndWaitForNewPage(SignInLink);
        var buttons = browser.Wait("the emulator's sign-in page with a button per user", d =>
        {
            var found = d.FindElements(EmulatorUserButtons);
            return found.Count > 0 ? found : null;
        });
        Assert.NotEqual(home.GetLeftPart(UriPartial.Authority), browser.Url.GetLeftPart(UriPartial.Authority));
        Assert.Equal("/login", browser.Url.AbsolutePath);
        var button = buttons.FirstOrDefault(b => b.GetAttribute("id") == "sign-in-" + userId);
        Assert.True(button is not null, $"[{browser.Name}] The emulator's sign-in page at {browser.Url} has no button for {userId}; it has: "
            + string.Join(", ", buttons.Select(b => $"{b.GetAttribute("id")} ({b.Text})")));
        var displayName = button.Text.Trim();
        browser.ClickAndWaitForNewPage(By.Id("sign-in-" + userId));
        browser.Find(DisplayName);
        Assert.Equal(home.GetLeftPart(UriPartial.Authority), browser.Url.GetLeftPart(UriPartial.Authority));
        return new SignedInUser(userId, displayName, browser.Url);
    }

    /// <summary>Waits until the page shows a signed-in user, and returns their display name and ID as the page shows them.</summary>
    public static (string DisplayName, string UserId) ShownUser(Browser browser) =>
        (browser.Find(DisplayName).Text.Trim(), browser.Find(UserId).Text.Trim());

    /// <summary>The IDs of the saved albums the page lists, in its order.</summary>
    public static IReadOnlyList<string> SavedAlbumIds(Browser browser)
    {
        browser.Find(DisplayName);
        return [.. browser.FindAll(SavedAlbums).Select(a => a.GetAttribute("data-album-id") ?? "")];
    }
}
