package io.github.mentoring.examples.report.html;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.Select;

/**
 * The HTML report of the bundled sample in a real browser: headless Chromium from the system's
 * packages, driven by Selenium through the system's chromedriver (never a downloaded one). It
 * checks the rows, the filters (used from the keyboard), the timeline of a known relationship
 * and that the page logs no script error.
 *
 * <p>Skipped, saying why, where no Chromium or chromedriver is installed ({@code .ci/run}
 * installs Debian's {@code chromium} and {@code chromium-driver}). Other places can be given
 * with {@code -Dmentoring.chromium=PATH} and {@code -Dmentoring.chromedriver=PATH}.
 *
 * <p>With {@code -Dmentoring.report.screenshot.update=true} it also writes the screenshot the
 * README shows, {@code docs/report-sample.png}.
 */
class ReportBrowserTest {

  private static final Path SCREENSHOT = Path.of("..", "docs", "report-sample.png");

  private static ChromeDriver driver;
  private static Path page;

  @TempDir
  static Path temp;

  private static Optional<Path> executable(String property, String... candidates) {
    String given = System.getProperty(property);
    Stream<String> paths = given != null ? Stream.of(given) : Stream.of(candidates);
    return paths.map(Path::of).filter(Files::isExecutable).findFirst();
  }

  @BeforeAll
  static void openTheSampleReport() throws IOException {
    Optional<Path> chromedriver = executable("mentoring.chromedriver", "/usr/bin/chromedriver",
        "/usr/lib/chromium/chromedriver");
    Optional<Path> chromium = executable("mentoring.chromium", "/usr/bin/chromium",
        "/usr/bin/chromium-browser", "/usr/lib/chromium/chromium");
    assumeTrue(chromedriver.isPresent(), "no chromedriver at /usr/bin/chromedriver: the browser "
        + "tests need Debian's chromium-driver (apt-get install chromium chromium-driver; "
        + ".ci/run installs them), or -Dmentoring.chromedriver=PATH");
    assumeTrue(chromium.isPresent(), "no Chromium at /usr/bin/chromium: the browser tests need "
        + "Debian's chromium (apt-get install chromium chromium-driver; .ci/run installs it), or "
        + "-Dmentoring.chromium=PATH");

    page = temp.resolve("report.html");
    Files.writeString(page, ReportSample.html());

    ChromeOptions options = new ChromeOptions();
    options.setBinary(chromium.get().toFile());
    // --no-sandbox: CI runs as root, where Chromium's sandbox refuses to start.
    options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu",
        "--disable-dev-shm-usage", "--window-size=1280,1400", "--force-device-scale-factor=1",
        "--hide-scrollbars");
    LoggingPreferences logs = new LoggingPreferences();
    logs.enable(LogType.BROWSER, Level.ALL);
    options.setCapability("goog:loggingPrefs", logs);
    ChromeDriverService service = new ChromeDriverService.Builder()
        .usingDriverExecutable(new File(chromedriver.get().toString()))
        .usingAnyFreePort().build();
    driver = new ChromeDriver(service, options);
    driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(20));
    driver.manage().window().setSize(new Dimension(1280, 1400));
  }

  @AfterAll
  static void closeTheBrowser() {
    if (driver != null) {
      driver.quit();
    }
  }

  @BeforeEach
  void loadThePage() {
    driver.get(page.toUri().toString());
  }

  private static List<WebElement> shownRows() {
    return driver.findElements(By.cssSelector("tbody.relationship")).stream()
        .filter(WebElement::isDisplayed).toList();
  }

  private static String shown() {
    return driver.findElement(By.id("shown")).getText();
  }

  @Test
  void theSampleShowsEveryRelationshipAsARowWithItsStatusInWords() {
    List<WebElement> rows = shownRows();

    assertThat(rows).hasSize(17);
    assertThat(shown()).isEqualTo("All 17 relationships shown");
    assertThat(rows.get(0).getAttribute("data-status")).isEqualTo("at-risk");
    WebElement status = rows.get(0).findElement(By.cssSelector(".status"));
    assertThat(status.getText()).isEqualTo("At risk");
    // a shape before the words, so that the status reads without colour too
    assertThat(((JavascriptExecutor) driver).executeScript(
        "return getComputedStyle(arguments[0], '::before').content", status))
        .isEqualTo("\"▲\u00a0\"");
    assertThat(rows.get(rows.size() - 1).getAttribute("data-status")).isEqualTo("healthy");
  }

  @Test
  void choosingAStatusFromTheKeyboardShowsOnlyRelationshipsWithThatStatus() {
    WebElement status = driver.findElement(By.id("filter-status"));
    status.sendKeys("At risk");

    List<WebElement> rows = shownRows();
    assertThat(rows).isNotEmpty().hasSizeLessThan(17)
        .allMatch(r -> "at-risk".equals(r.getAttribute("data-status")));
    assertThat(shown()).isEqualTo(rows.size() + " of 17 relationships shown");

    driver.findElement(By.id("filter-reset")).sendKeys(Keys.ENTER);
    assertThat(shownRows()).hasSize(17);
  }

  @Test
  void aCategoryAndAPersonNarrowTheRowsTogether() {
    new Select(driver.findElement(By.id("filter-category"))).selectByValue("fizzling");
    List<WebElement> fizzling = shownRows();
    assertThat(fizzling).isNotEmpty().hasSizeLessThan(17)
        .allMatch(r -> r.getAttribute("data-categories").contains("fizzling"));

    new Select(driver.findElement(By.id("filter-person"))).selectByVisibleText("Gita (gita)");
    assertThat(shownRows()).singleElement()
        .satisfies(r -> assertThat(r.getAttribute("data-id")).isEqualTo("rel-gita-hugo"));
    assertThat(shown()).isEqualTo("1 of 17 relationships shown");

    String theirs = shownRows().get(0).getAttribute("data-categories");
    Select category = new Select(driver.findElement(By.id("filter-category")));
    String other = category.getOptions().stream().map(o -> o.getAttribute("value"))
        .filter(v -> !v.isEmpty() && !theirs.contains(v)).findFirst().orElseThrow();
    category.selectByValue(other);
    assertThat(shownRows()).isEmpty();
    assertThat(shown()).isEqualTo("0 of 17 relationships shown");
  }

  @Test
  void theTimelineOfGitaAndHugoShowsTheirMeetingsAgainstTheRhythmAndThePlannedEnd() {
    WebElement row = driver.findElement(By.cssSelector("tbody[data-id='rel-gita-hugo']"));
    List<WebElement> marks = row.findElements(By.cssSelector("svg.timeline path.mark"));

    assertThat(marks).hasSize(12);
    assertThat(marks.stream().map(m -> m.getAttribute("class")).toList())
        .containsExactly("mark held", "mark held", "mark held", "mark held", "mark held",
            "mark held", "mark held", "mark held", "mark held", "mark cancelled", "mark no-show",
            "mark cancelled");
    // the mentee's cancellation below the line, the mentor's no-show and cancellation above
    int axis = row.findElement(By.cssSelector("svg.timeline line.axis")).getRect().getY();
    assertThat(marks.get(9).getRect().getY()).isGreaterThan(axis);
    assertThat(marks.get(10).getRect().getY() + marks.get(10).getRect().getHeight())
        .isLessThanOrEqualTo(axis);
    assertThat(marks.get(11).getRect().getY() + marks.get(11).getRect().getHeight())
        .isLessThanOrEqualTo(axis);
    // in order along the line, before the planned end and the check date after it
    List<Integer> xs = marks.stream().map(m -> m.getRect().getX()).toList();
    assertThat(xs).isSorted();
    int plannedEnd = row.findElement(By.cssSelector("line.planned-end")).getRect().getX();
    int asOf = row.findElement(By.cssSelector("line.as-of")).getRect().getX();
    assertThat(xs.get(11)).isLessThan(plannedEnd + 30);
    assertThat(asOf).isGreaterThan(plannedEnd);
    assertThat(row.findElements(By.cssSelector("line.rhythm"))).hasSize(13);
    assertThat(row.findElement(By.cssSelector("svg.timeline")).getAttribute("aria-label"))
        .contains("agreed to meet every 14 days", "planned end 2026-10-16",
            "2 cancelled (1 by the mentor, 1 by the mentee)");
  }

  @Test
  void thePageLogsNoScriptError() throws IOException {
    List<LogEntry> entries = driver.manage().logs().get(LogType.BROWSER).getAll();
    List<String> errors = entries.stream().filter(e -> e.getLevel().intValue()
        >= Level.WARNING.intValue()).map(LogEntry::getMessage).toList();

    assertThat(errors).as("errors and warnings the page logged").isEmpty();
    // the log is read for real: an error the page makes now is in it
    ((JavascriptExecutor) driver).executeScript("console.error('probe of the log')");
    assertThat(driver.manage().logs().get(LogType.BROWSER).getAll())
        .anyMatch(e -> e.getMessage().contains("probe of the log"));
  }

  /**
   * The README's picture of the report is this page: written again with
   * {@code -Dmentoring.report.screenshot.update=true} (as RULES.md is regenerated), and there in
   * every build.
   */
  @Test
  void theDocumentationShowsAScreenshotOfThisPage() throws IOException {
    if (Boolean.getBoolean("mentoring.report.screenshot.update")) {
      Path shot = driver.getScreenshotAs(OutputType.FILE).toPath();
      Files.createDirectories(SCREENSHOT.getParent());
      Files.copy(shot, SCREENSHOT, StandardCopyOption.REPLACE_EXISTING);
    }

    assertThat(SCREENSHOT).as("the screenshot; make it with -Dmentoring.report.screenshot"
        + ".update=true").exists();
    byte[] png = Files.readAllBytes(SCREENSHOT);
    assertThat(java.util.Arrays.copyOf(png, 8)).as("a PNG image")
        .containsExactly(0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A);
    assertThat(Files.readString(Path.of("..", "README.md")))
        .contains("![The HTML report of the bundled sample](docs/report-sample.png)");
  }
}
