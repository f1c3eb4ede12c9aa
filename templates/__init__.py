"""The default theme: templates and assets for every edition, overridable by a project."""
