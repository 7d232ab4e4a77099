package ru.efs.portfolio.ui;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import com.microsoft.playwright.Page;

/** axe-core (the npm package the app's build installs) run inside the page: its serious and critical findings. */
final class Axe {

    private static final Path SCRIPT = Path.of("frontend/node_modules/axe-core/axe.min.js");

    private Axe() {
    }

    @SuppressWarnings("unchecked")
    static List<String> seriousViolations(Page page) {
        if (!Files.isRegularFile(SCRIPT)) {
            throw new IllegalStateException(SCRIPT + " is missing: the app's npm install did not run");
        }
        page.addScriptTag(new Page.AddScriptTagOptions().setPath(SCRIPT));
        return (List<String>) page.evaluate("""
                async () => {
                  const result = await axe.run(document, { resultTypes: ['violations'] });
                  return result.violations
                    .filter(v => v.impact === 'serious' || v.impact === 'critical')
                    .map(v => `${v.impact} ${v.id} (${v.help}): ${v.nodes.slice(0, 5).map(n => n.target.join(' ')).join(' | ')}`);
                }
                """);
    }
}
