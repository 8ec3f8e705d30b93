"""The one scheduling engine for every bot-initiated message: rules, storage, dispatcher, pacer."""
