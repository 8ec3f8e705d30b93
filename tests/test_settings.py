import pytest

from bot.settings import CommandSync, SettingsError, load_settings


def test_defaults() -> None:
    settings = load_settings(_env_file=None)
    assert str(settings.database_path) == "data/checkin-bot.sqlite3"
    assert settings.discord_api_base_url == "https://discord.com/api/v10"
    assert settings.discord_gateway_url == "wss://gateway.discord.gg/"
    assert settings.sync == CommandSync("global")
    assert settings.log_level == "INFO"
    assert settings.default_timezone == "UTC"
    assert not settings.has_token


def test_reads_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("COMMAND_SYNC", "guild:123456789012345678")
    monkeypatch.setenv("DEFAULT_TIMEZONE", "Europe/London")
    monkeypatch.setenv("LOG_LEVEL", "debug")
    settings = load_settings(_env_file=None)
    assert settings.sync == CommandSync("guild", 123456789012345678)
    assert settings.default_timezone == "Europe/London"
    assert settings.log_level == "DEBUG"


def test_reads_dotenv_file(tmp_path, monkeypatch: pytest.MonkeyPatch) -> None:
    env = tmp_path / ".env"
    env.write_text("DEFAULT_TIMEZONE=Asia/Kathmandu\nCOMMAND_SYNC=off\n")
    settings = load_settings(_env_file=env)
    assert settings.default_timezone == "Asia/Kathmandu"
    assert settings.sync.mode == "off"


@pytest.mark.parametrize(
    ("name", "value"),
    [
        ("COMMAND_SYNC", "sometimes"),
        ("COMMAND_SYNC", "guild:abc"),
        ("DEFAULT_TIMEZONE", "Mars/Olympus"),
        ("LOG_LEVEL", "LOUD"),
        ("DISCORD_API_BASE_URL", "discord.com"),
        ("DISCORD_GATEWAY_URL", "https://gateway.discord.gg"),
        ("CATCH_UP_WINDOW_MINUTES", "-5"),
        ("SEND_RATE_PER_SECOND", "500"),
    ],
)
def test_invalid_setting_names_it_in_one_line(monkeypatch: pytest.MonkeyPatch, name: str, value: str) -> None:
    monkeypatch.setenv("DISCORD_TOKEN", "very-secret-token-value")
    monkeypatch.setenv(name, value)
    with pytest.raises(SettingsError) as caught:
        load_settings(_env_file=None)
    message = str(caught.value)
    assert message.startswith(f"Invalid setting {name}:")
    assert "\n" not in message
    assert "very-secret-token-value" not in message


def test_token_is_secret(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("DISCORD_TOKEN", "very-secret-token-value")
    settings = load_settings(_env_file=None)
    assert "very-secret-token-value" not in repr(settings)
    assert "very-secret-token-value" not in str(settings.model_dump())
    assert settings.has_token


@pytest.mark.parametrize(
    "url",
    [
        "mysql://bot:pa55word-xyz@db.example/checkins",
        "postgresql://bot:pa55word-xyz@db.example:port/checkins",
        "postgresql://bot:pa55word-xyz@db.example:5432/",
        "sqlite://relative.sqlite3",
    ],
)
def test_an_invalid_database_url_is_one_line_without_its_password(monkeypatch: pytest.MonkeyPatch, url: str) -> None:
    monkeypatch.setenv("DATABASE_URL", url)
    with pytest.raises(SettingsError) as caught:
        load_settings(_env_file=None)
    message = str(caught.value)
    assert message.startswith("Invalid setting DATABASE_URL:") and "\n" not in message
    assert "pa55word-xyz" not in message


def test_database_url_chooses_the_engine_and_hides_its_password(monkeypatch: pytest.MonkeyPatch) -> None:
    assert load_settings(_env_file=None).database.engine == "sqlite"  # the default: DATABASE_PATH's file
    monkeypatch.setenv("DATABASE_URL", "sqlite:////srv/bot/data.sqlite3")
    assert str(load_settings(_env_file=None).database.path) == "/srv/bot/data.sqlite3"
    monkeypatch.setenv("DATABASE_URL", "postgresql://bot:pa55word-xyz@db.example:5432/checkins")
    settings = load_settings(_env_file=None)
    assert settings.database.engine == "postgresql"
    assert "pa55word-xyz" not in repr(settings) + repr(settings.database) + str(settings.database)
    assert str(settings.database) == "postgresql://bot:***@db.example:5432/checkins"


@pytest.mark.parametrize(
    ("count", "ids", "complaint"),
    [
        (None, "0,1", "needs SHARD_COUNT"),
        ("3", "0,3", "from 0 to 2"),
        ("3", "1,1", "names a shard twice"),
        ("3", "one", "separated by commas"),
        ("0", "", "greater than or equal to 1"),
    ],
)
def test_invalid_shards_are_refused_in_one_line(
    monkeypatch: pytest.MonkeyPatch, count: str | None, ids: str, complaint: str
) -> None:
    if count is not None:
        monkeypatch.setenv("SHARD_COUNT", count)
    monkeypatch.setenv("SHARD_IDS", ids)
    with pytest.raises(SettingsError) as caught:
        load_settings(_env_file=None)
    message = str(caught.value)
    assert message.startswith(("Invalid setting SHARD_IDS:", "Invalid setting SHARD_COUNT:")) and complaint in message


def test_shards_for_this_process(monkeypatch: pytest.MonkeyPatch) -> None:
    assert load_settings(_env_file=None).shard_list is None  # discord.py decides, one process
    monkeypatch.setenv("SHARD_COUNT", "3")
    monkeypatch.setenv("SHARD_IDS", "2, 0")
    settings = load_settings(_env_file=None)
    assert settings.shard_count == 3 and settings.shard_list == [2, 0]
