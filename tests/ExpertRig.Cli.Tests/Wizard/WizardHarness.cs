using System.Text;
using ExpertRig.Cli.Wizard;
using ExpertRig.Cli.Wizard.Answers;
using Terminal.Gui.App;
using Terminal.Gui.Drivers;
using Terminal.Gui.Input;
using Terminal.Gui.Testing;

namespace ExpertRig.Cli.Tests.Wizard;

/// <summary>
/// Runs the real <see cref="WizardWindow"/> in a Terminal.Gui application on the ANSI driver with no terminal
/// (<c>DisableRealDriverIO=1</c>), on its own UI thread as <c>app.Run</c> does in the program. Keys are injected
/// through the application's input injector; the screen is read from <c>app.Driver.Contents</c>. Every wait is bounded.
/// </summary>
internal sealed class WizardHarness : IDisposable
{
    private static readonly TimeSpan DefaultWait = TimeSpan.FromSeconds(30);
    private readonly Thread thread;
    private readonly TaskCompletionSource ended = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private IApplication app = null!;
    private WizardWindow window = null!;

    private WizardHarness(WizardAnswers? answers, WizardOptions options, int width, int height)
    {
        Environment.SetEnvironmentVariable("DisableRealDriverIO", "1");
        var ready = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        thread = new Thread(() =>
        {
            try
            {
                using var application = Application.Create().Init(DriverRegistry.Names.ANSI);
                application.Driver!.SetScreenSize(width, height);
                var advisor = Advisor.Advisor.Default;
                using var wizard = new WizardWindow(application, advisor, answers ?? WizardAnswers.Defaults(advisor.Knowledge.Catalog), options);
                app = application;
                window = wizard;
                ready.SetResult();
                application.Run(wizard);
                ended.TrySetResult();
            }
            catch (Exception ex)
            {
                ready.TrySetException(ex);
                ended.TrySetException(ex);
            }
        })
        { IsBackground = true, Name = "wizard UI" };
        thread.Start();
        if (!ready.Task.Wait(DefaultWait))
        {
            throw new TimeoutException("the wizard did not start within 30 s");
        }
    }

    /// <summary>The window under test (read its state through <see cref="OnUi{T}"/>).</summary>
    public WizardWindow Window => window;

    /// <summary>Whether the application loop has ended (the user quit).</summary>
    public bool Ended => ended.Task.IsCompleted;

    /// <summary>Starts the wizard at 80×24 (or the given size) with default or given answers.</summary>
    public static WizardHarness Start(WizardAnswers? answers = null, WizardOptions? options = null, int width = 80, int height = 24) =>
        new(answers, options ?? new WizardOptions(), width, height);

    /// <summary>
    /// Presses keys one after another, as a person would: each goes through the driver's input pipeline (ANSI
    /// encoding and parsing) and is handled by whichever loop is running, the window's or a dialog's.
    /// </summary>
    public WizardHarness Press(params Key[] keys)
    {
        var injector = app.GetInputInjector();
        var pipeline = new InputInjectionOptions { Mode = InputInjectionMode.Pipeline, AutoProcess = false };
        foreach (var key in keys)
        {
            injector.InjectKey(key, pipeline);
            // A lone Esc is only known not to start an escape sequence after the parser's pause.
            Thread.Sleep(key == Key.Esc ? 300 : 40);
            Settle();
        }

        return this;
    }

    /// <summary>Types text into the focused field.</summary>
    public WizardHarness Type(string text) => Press([.. text.Select(c => new Key(c))]);

    /// <summary>The screen as lines of text.</summary>
    public string[] Lines() => OnUi(() =>
    {
        var contents = app.Driver!.Contents!;
        var lines = new string[contents.GetLength(0)];
        for (var row = 0; row < lines.Length; row++)
        {
            var line = new StringBuilder();
            for (var col = 0; col < contents.GetLength(1); col++)
            {
                line.Append(contents[row, col].Grapheme);
            }

            lines[row] = line.ToString();
        }

        return lines;
    });

    /// <summary>The screen as one text, rows separated by newlines.</summary>
    public string Screen() => string.Join('\n', Lines());

    /// <summary>From the first step, Enter through every step with the answers as they are; returns the results screen.</summary>
    public string ReachResults()
    {
        WaitFor("1/6 Workloads");
        Press(Key.Enter, Key.Enter, Key.Enter, Key.Enter, Key.Enter).WaitFor("6/6 Review");
        Press(Key.Enter);
        return WaitFor("Results:");
    }

    /// <summary>Waits until the screen shows <paramref name="text"/>; fails with the screen after 30 s.</summary>
    public string WaitFor(string text) => WaitUntil(s => s.Contains(text, StringComparison.Ordinal), $"'{text}' on screen");

    /// <summary>Waits until the screen satisfies <paramref name="condition"/>; fails with the screen after 30 s.</summary>
    public string WaitUntil(Func<string, bool> condition, string what)
    {
        var deadline = DateTime.UtcNow + DefaultWait;
        string screen;
        do
        {
            screen = Screen();
            if (condition(screen))
            {
                return screen;
            }

            Thread.Sleep(20);
        }
        while (DateTime.UtcNow < deadline && !Ended);

        throw new TimeoutException($"waited 30 s for {what}; the screen shows:\n{screen}");
    }

    /// <summary>Runs <paramref name="read"/> on the UI thread and returns its result (at most 30 s).</summary>
    public T OnUi<T>(Func<T> read)
    {
        var result = new TaskCompletionSource<T>(TaskCreationOptions.RunContinuationsAsynchronously);
        app.Invoke(() =>
        {
            try
            {
                result.SetResult(read());
            }
            catch (Exception ex)
            {
                result.SetException(ex);
            }
        });
        Task.WaitAny([result.Task, ended.Task], DefaultWait);
        if (result.Task.IsCompleted)
        {
            return result.Task.Result;
        }

        // A loop that ended with an exception is the real failure; report it rather than a timeout.
        if (ended.Task.IsFaulted)
        {
            ended.Task.GetAwaiter().GetResult();
        }

        throw new TimeoutException(Ended ? "the wizard has ended" : "the UI thread did not answer within 30 s");
    }

    /// <summary>Resizes the terminal.</summary>
    public void Resize(int width, int height)
    {
        OnUi(() =>
        {
            app.Driver!.SetScreenSize(width, height);
            return true;
        });
        Settle();
    }

    /// <summary>Waits until the application ends (after the user quit); false after 10 s.</summary>
    public bool WaitForExit() => ended.Task.Wait(TimeSpan.FromSeconds(10));

    /// <inheritdoc />
    public void Dispose()
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(10);
        while (!Ended && DateTime.UtcNow < deadline)
        {
            // Stops a dialog on top first, then the window.
            app.Invoke(() => app.RequestStop(app.TopRunnable));
            ended.Task.Wait(TimeSpan.FromMilliseconds(200));
        }

        if (!thread.Join(TimeSpan.FromSeconds(10)))
        {
            throw new TimeoutException("the wizard's UI thread did not end within 10 s of being stopped");
        }
    }

    // One round trip through the UI thread: everything queued before it, and the draw after it, has happened.
    private void Settle()
    {
        OnUi(() => true);
        OnUi(() => true);
    }
}
