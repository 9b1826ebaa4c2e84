"""Built-in rule packs: YAML data, shipped inside the wheel as ``lintnews.builtin_rules``."""
