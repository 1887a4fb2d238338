using System.Collections.ObjectModel;
using OpenQA.Selenium;
using OpenQA.Selenium.Chrome;
using OpenQA.Selenium.Support.UI;

namespace WebSample.Tests.Support;

/// <summary>
/// One headless Chromium with a profile of its own, so two of them are two people with their own cookies. It runs
/// the distribution's <c>/usr/bin/chromium</c> through <c>/usr/bin/chromedriver</c>, both given explicitly, so
/// Selenium never looks for (or downloads) a browser or a driver.
/// </summary>
public sealed class Browser : IDisposable
{
    public const string ChromiumPath = "/usr/bin/chromium";
    public const string DriverDirectory = "/usr/bin";
    public const string DriverFileName = "chromedriver";

    private static readonly TimeSpan WaitTimeout = TimeSpan.FromSeconds(30);

    private readonly ScratchDirectory _profile;
    private readonly ChromeDriverService _service;
    private readonly ChromeDriver _driver;

    private Browser(string name, ScratchDirectory profile, ChromeDriverService service, ChromeDriver driver)
    {
        Name = name;
        _profile = profile;
        _service = service;
        _driver = driver;
    }

    /// <summary>What the test calls this browser, used in messages and in the names of failure screenshots.</summary>
    public string Name { get; }

    public Uri Url => new(_driver.Url);

    /// <summary>The cookies the current page sees, as a <c>Cookie</c> request header.</summary>
    public string CookieHeader => string.Join("; ", _driver.Manage().Cookies.AllCookies.Select(c => c.Name + "=" + c.Value));

    /// <summary>Starts a browser; fails the test (never skips it) with what is missing when it cannot.</summary>
    public static Browser Start(string name)
    {
        var missing = new[] { ChromiumPath, Path.Combine(DriverDirectory, DriverFileName) }.Where(p => !File.Exists(p)).ToArray();
        if (missing.Length > 0)
        {
            Assert.Fail($"The browser tests need Chromium and ChromeDriver, and {string.Join(" and ", missing)} {(missing.Length == 1 ? "is" : "are")} missing. "
                + "./test.sh installs them (apt-get install chromium chromium-driver).");
        }

        var profile = new ScratchDirectory("websample-chromium");
        var service = ChromeDriverService.CreateDefaultService(DriverDirectory, DriverFileName);
        service.SuppressInitialDiagnosticInformation = true;
        service.HideCommandPromptWindow = true;
        var options = new ChromeOptions { BinaryLocation = ChromiumPath };
        options.AddArguments(
            "--headless=new",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-dev-shm-usage",
            "--disable-quic",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--user-data-dir=" + profile.Path);
        try
        {
            var driver = new ChromeDriver(service, options, TimeSpan.FromSeconds(60));
            driver.Manage().Timeouts().PageLoad = TimeSpan.FromSeconds(60);
            return new Browser(name, profile, service, driver);
        }
        catch (Exception ex) when (ex is WebDriverException or InvalidOperationException or IOException or System.ComponentModel.Win32Exception)
        {
            service.Dispose();
            profile.Dispose();
            Assert.Fail($"Could not start {ChromiumPath} through {Path.Combine(DriverDirectory, DriverFileName)}: {ex.Message}{Environment.NewLine}"
                + "The browser tests need both (from the same Chromium version); ./test.sh installs them (apt-get install chromium chromium-driver).");
            throw;
        }
    }

    public void GoTo(Uri address) => _driver.Navigate().GoToUrl(address);

    /// <summary>Reloads the page, and waits until the new one is there.</summary>
    public void Reload() => WaitForNewPage(() => _driver.Navigate().Refresh());

    /// <summary>Clicks an element that leaves the page (a link or a form button), and waits until the next page is there.</summary>
    public void ClickAndWaitForNewPage(By element)
    {
        var target = Find(element);
        WaitForNewPage(target.Click);
    }

    /// <summary>Waits until the element is on the page, and returns it.</summary>
    public IWebElement Find(By element) => Wait($"{element} on the page", d => d.FindElements(element).FirstOrDefault(e => e.Displayed));

    /// <summary>Every matching element on the current page (no waiting).</summary>
    public ReadOnlyCollection<IWebElement> FindAll(By elements) => _driver.FindElements(elements);

    /// <summary>Whether the current page has the element (no waiting).</summary>
    public bool Has(By element) => _driver.FindElements(element).Count > 0;

    /// <summary>Waits until <paramref name="condition"/> returns something, failing with <paramref name="what"/>.</summary>
    public T Wait<T>(string what, Func<IWebDriver, T?> condition)
        where T : class => Until(what, condition)!;

    /// <summary>Waits until <paramref name="condition"/> holds, failing with <paramref name="what"/>.</summary>
    public void Wait(string what, Func<IWebDriver, bool> condition) => Until(what, condition);

    /// <summary>Saves a screenshot, the page source and the address to <paramref name="directory"/>, for a failed test.</summary>
    public void SaveArtifacts(string directory)
    {
        Directory.CreateDirectory(directory);
        var stem = Path.Combine(directory, Name);
        try
        {
            File.WriteAllText(stem + ".url.txt", _driver.Url + Environment.NewLine);
            File.WriteAllText(stem + ".html", _driver.PageSource);
            _driver.GetScreenshot().SaveAsFile(stem + ".png");
        }
        catch (WebDriverException ex)
        {
            File.AppendAllText(stem + ".url.txt", "Could not save the page: " + ex.Message + Environment.NewLine);
        }
    }

    public void Dispose()
    {
        try
        {
            _driver.Quit();
        }
        catch (WebDriverException)
        {
            // The browser is already gone.
        }

        _driver.Dispose();
        _service.Dispose();
        _profile.Dispose();
    }

    private void WaitForNewPage(Action navigate)
    {
        var before = _driver.FindElement(By.TagName("html"));
        navigate();
        Wait("the next page to load", d =>
        {
            try
            {
                _ = before.TagName;
                return false;
            }
            // Chromium reports a replaced document either as a stale element or as a node of another document.
            catch (WebDriverException ex) when (ex is StaleElementReferenceException || ex.Message.Contains("does not belong to the document", StringComparison.Ordinal))
            {
                return ((IJavaScriptExecutor)d).ExecuteScript("return document.readyState") as string == "complete";
            }
        });
    }

    private T Until<T>(string what, Func<IWebDriver, T> condition)
    {
        var wait = new WebDriverWait(_driver, WaitTimeout);
        wait.IgnoreExceptionTypes(typeof(StaleElementReferenceException), typeof(NoSuchElementException));
        try
        {
            return wait.Until(condition);
        }
        catch (WebDriverTimeoutException)
        {
            Assert.Fail($"[{Name}] Waited {WaitTimeout.TotalSeconds:0} s for {what}; the browser is at {_driver.Url} showing:{Environment.NewLine}{BodyText()}");
            throw;
        }
    }

    private string BodyText()
    {
        try
        {
            var text = _driver.FindElement(By.TagName("body")).Text;
            return text.Length > 2000 ? text[..2000] + " ..." : text;
        }
        catch (WebDriverException ex)
        {
            return "(no page: " + ex.Message + ")";
        }
    }
}
