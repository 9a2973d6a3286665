"""Screens by name, for the navigation and for ``desk-app gui --screen NAME``.

Convention: each screen module has a *View* (widgets and layout only) and a *Controller*
(signals → services → view). ``SCREENS`` maps a name to ``(title, factory)`` where the factory
takes a :class:`~desk_app.ui.context.UiContext` and the main window and returns the controller;
``controller.view`` is the widget shown and ``controller.load()`` fetches its first data.
"""
