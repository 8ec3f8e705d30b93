import random
from pathlib import Path

import pytest

from bot.catalogue import Catalogue, CatalogueError, normalise_locale


def write(folder: Path, locale: str, text: str) -> None:
    (folder / locale).mkdir(parents=True, exist_ok=True)
    (folder / locale / "a.toml").write_text(text, encoding="utf-8")


def test_project_catalogue_loads() -> None:
    catalogue = Catalogue.load()
    assert "en" in catalogue.locales
    assert catalogue.render("help.title")


def test_missing_key_is_refused(tmp_path: Path) -> None:
    write(tmp_path, "en", 'greeting = "Hi {name}"\nbye = "Bye"\n')
    write(tmp_path, "es", 'greeting = "Hola {name}"\n')
    with pytest.raises(CatalogueError, match="es: missing key bye"):
        Catalogue.load(tmp_path)


def test_placeholder_mismatch_is_refused(tmp_path: Path) -> None:
    write(tmp_path, "en", 'greeting = "Hi {name}"\n')
    write(tmp_path, "es", 'greeting = "Hola {nombre}"\n')
    with pytest.raises(CatalogueError, match="greeting uses"):
        Catalogue.load(tmp_path)


def test_empty_text_is_refused(tmp_path: Path) -> None:
    write(tmp_path, "en", 'greeting = ["Hi", "  "]\n')
    with pytest.raises(CatalogueError, match="empty"):
        Catalogue.load(tmp_path)


def test_render_falls_back_to_english_and_needs_every_placeholder(tmp_path: Path) -> None:
    write(tmp_path, "en", '[g]\nhi = "Hi {name}"\n')
    catalogue = Catalogue.load(tmp_path)
    assert catalogue.render("g.hi", "fr", name="Ana") == "Hi Ana"
    with pytest.raises(KeyError, match="needs"):
        catalogue.render("g.hi")
    with pytest.raises(KeyError, match="not in the catalogue"):
        catalogue.render("g.nope")


def test_pick_never_repeats_the_last_variant(tmp_path: Path) -> None:
    write(tmp_path, "en", 'hello = ["one", "two", "three"]\n')
    catalogue = Catalogue.load(tmp_path)
    rng = random.Random(7)
    last = None
    for _ in range(200):
        index, _text = catalogue.pick("hello", avoid=last, rng=rng)
        assert index != last
        last = index


def test_discord_locales_map_to_catalogue_locales() -> None:
    assert normalise_locale("es-ES") == "es"
    assert normalise_locale("es-419") == "es"
    assert normalise_locale("en-GB") == "en"
    assert normalise_locale(None) == "en"
