"""Configuration: discovery, validation, and the ``Settings`` a run uses."""

from .load import discover, load_settings, settings_from_dict
from .settings import SECTIONS, Settings

__all__ = ["SECTIONS", "Settings", "discover", "load_settings", "settings_from_dict"]
