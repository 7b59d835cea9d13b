//! `newswire render --html`: the seed article's page, opened in headless Chromium, shows
//! every attribution and every agreement highlighted.
//!
//! Needs Chromium (Debian's `chromium`, which `.ci/run` installs). Where none is installed
//! the browser check is skipped with a note, except under CI (`CI` set), where it fails.
#![cfg(feature = "cli")]

use std::path::{Path, PathBuf};
use std::process::Command;

fn chromium() -> Option<PathBuf> {
    [
        "/usr/bin/chromium",
        "/usr/bin/chromium-browser",
        "/usr/bin/google-chrome",
    ]
    .iter()
    .map(PathBuf::from)
    .find(|p| p.exists())
}

fn render(input: &str, out: &Path) {
    let status = Command::new(env!("CARGO_BIN_EXE_newswire"))
        .args(["render", "--html", input, "-o"])
        .arg(out)
        .status()
        .unwrap();
    assert!(status.success());
}

/// The value of `attr="..."` in the element with `id="summary"` of a dumped DOM.
fn summary_attr(dom: &str, attr: &str) -> Option<usize> {
    let at = dom.find("id=\"summary\"")?;
    let tag_start = dom[..at].rfind('<')?;
    let tag = &dom[tag_start..tag_start + dom[tag_start..].find('>')?];
    let key = format!("{attr}=\"");
    let v = &tag[tag.find(&key)? + key.len()..];
    v[..v.find('"')?].parse().ok()
}

#[test]
fn seed_page_highlights_every_attribution_and_agreement() {
    let seed = concat!(env!("CARGO_MANIFEST_DIR"), "/examples/seed.txt");
    let text = std::fs::read_to_string(seed).unwrap();
    let article = newswire::parse(&text);
    // The seed's 5 statements and 6 agreement acts (issues 3, 4 and 6).
    assert_eq!(article.attributions.len(), 5);
    assert_eq!(article.agreements.len(), 6);
    let dir = std::env::temp_dir().join(format!("newswire-render-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let page = dir.join("seed.html");
    render(seed, &page);
    let html = std::fs::read_to_string(&page).unwrap();
    assert!(html.contains("class=\"hl dateline\""));
    for i in 0..article.attributions.len() {
        assert!(
            html.contains(&format!(" a{i}")),
            "attribution {i} is highlighted"
        );
    }
    for j in 0..article.agreements.len() {
        assert!(
            html.contains(&format!(" g{j}")),
            "agreement {j} is highlighted"
        );
    }

    let Some(browser) = chromium() else {
        assert!(
            std::env::var_os("CI").is_none(),
            "CI must have Chromium installed"
        );
        eprintln!("no Chromium here: the browser check is skipped");
        return;
    };
    let profile = dir.join("profile");
    let output = Command::new(browser)
        .args([
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-quic",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--virtual-time-budget=2000",
        ])
        .arg(format!("--user-data-dir={}", profile.display()))
        .arg("--dump-dom")
        .arg(format!("file://{}", page.display()))
        .output()
        .unwrap();
    let dom = String::from_utf8_lossy(&output.stdout);
    assert!(
        dom.contains("highlighted: "),
        "the page's script ran in Chromium: {}",
        String::from_utf8_lossy(&output.stderr)
    );
    assert_eq!(
        summary_attr(&dom, "data-attributions"),
        Some(article.attributions.len())
    );
    assert_eq!(
        summary_attr(&dom, "data-agreements"),
        Some(article.agreements.len())
    );
    let _ = std::fs::remove_dir_all(&dir);
}
