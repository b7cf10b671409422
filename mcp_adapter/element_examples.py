"""A small, valid example element for every DSL type, shown to agents by list_element_types."""

from __future__ import annotations

from typing import Any

EXAMPLES: dict[str, dict[str, Any]] = {
    # from the earlier project's format
    "button": {"type": "button", "label": "Save changes", "variant": "primary", "icon": "check"},
    "text": {"type": "text", "text": "Last synced 2 minutes ago", "style": {"color": "#6b7280", "fontSize": 13}},
    "input": {"type": "input", "label": "Email", "placeholder": "you@company.com", "icon": "mail"},
    "image": {"type": "image", "alt": "Hero shot", "layout": {"width": 320, "height": 180}},
    "container": {"type": "container", "padding": 16, "children": [{"type": "text", "text": "Inside a box"}]},
    "grid": {"type": "grid", "columns": 3, "gap": 16, "children": [
        {"type": "stat", "label": "Users", "value": "1,204"},
        {"type": "stat", "label": "MRR", "value": "$48k"},
        {"type": "stat", "label": "Churn", "value": "1.9%"},
    ]},
    "flex": {"type": "flex", "gap": 8, "justify": "between", "children": [
        {"type": "text", "text": "Left"}, {"type": "text", "text": "Right"},
    ]},
    "card": {"type": "card", "title": "Storage", "description": "68 of 100 GB used", "children": [
        {"type": "progress", "value": 68},
    ]},
    "modal": {"type": "modal", "title": "Delete project?", "actions": ["Cancel", {"label": "Delete", "variant": "danger"}],
              "children": [{"type": "paragraph", "text": "This cannot be undone."}]},
    "navbar": {"type": "navbar", "title": "Acme", "items": [{"label": "Home", "active": True}, "Docs", "Pricing"],
               "children": [{"type": "avatar", "name": "Ada Lovelace", "size": "sm"}]},
    "sidebar": {"type": "sidebar", "title": "Workspace", "items": [
        {"label": "Inbox", "icon": "inbox", "badge": 4, "active": True}, {"label": "Settings", "icon": "settings"},
    ]},
    # layout
    "row": {"type": "row", "gap": 12, "align": "center", "children": [
        {"type": "button", "label": "Cancel", "variant": "ghost"}, {"type": "button", "label": "Save"},
    ]},
    "column": {"type": "column", "gap": 8, "children": [
        {"type": "heading", "level": 3, "text": "Title"}, {"type": "paragraph", "text": "Body"},
    ]},
    "stack": {"type": "stack", "align": "center", "justify": "center", "children": [
        {"type": "skeleton", "variant": "rect"}, {"type": "spinner"},
    ]},
    "section": {"type": "section", "title": "Billing", "description": "Manage your plan", "children": [
        {"type": "text", "text": "Pro plan, billed yearly"},
    ]},
    "header": {"type": "header", "title": "Projects", "description": "12 active",
               "children": [{"type": "button", "label": "New project", "icon": "plus"}]},
    "footer": {"type": "footer", "text": "© 2025 Acme", "items": ["Privacy", "Terms"]},
    "spacer": {"type": "spacer", "size": 24},
    "divider": {"type": "divider", "label": "or"},
    # text
    "heading": {"type": "heading", "level": 2, "text": "Team members"},
    "paragraph": {"type": "paragraph", "text": "Invite people to collaborate on this project."},
    "link": {"type": "link", "text": "Forgot password?", "href": "/reset"},
    "label": {"type": "label", "text": "Display name"},
    "code": {"type": "code", "language": "bash", "text": "npm install dsl2png"},
    "badge": {"type": "badge", "text": "Active", "variant": "success"},
    "chip": {"type": "chip", "text": "design", "icon": "tag", "removable": True},
    # forms
    "form": {"type": "form", "title": "Sign in", "actions": ["Sign in"], "children": [
        {"type": "input", "label": "Email"}, {"type": "input", "label": "Password", "inputType": "password"},
    ]},
    "textarea": {"type": "textarea", "label": "Message", "placeholder": "Write something…", "rows": 4},
    "select": {"type": "select", "label": "Country", "options": ["France", "Japan", "Kenya"], "value": "Japan"},
    "checkbox": {"type": "checkbox", "label": "Remember me", "checked": True},
    "radio": {"type": "radio", "label": "Plan", "options": ["Free", "Pro", "Team"], "value": "Pro"},
    "toggle": {"type": "toggle", "label": "Email notifications", "checked": True},
    "slider": {"type": "slider", "label": "Volume", "min": 0, "max": 100, "value": 40},
    "search": {"type": "search", "placeholder": "Search projects"},
    "upload": {"type": "upload", "label": "Attachments", "hint": "PDF up to 10 MB",
               "items": [{"label": "brief.pdf", "description": "248 KB"}, {"label": "photo.jpg", "value": 60}]},
    # navigation
    "tabs": {"type": "tabs", "items": ["Overview", "Activity", "Settings"], "active": 0},
    "breadcrumb": {"type": "breadcrumb", "items": ["Home", "Projects", "Apollo"]},
    "pagination": {"type": "pagination", "current": 3, "total": 12},
    "menu": {"type": "menu", "items": [{"label": "Rename", "icon": "pencil", "shortcut": "F2"}, "-",
                                       {"label": "Delete", "icon": "trash-2", "variant": "danger"}]},
    "stepper": {"type": "stepper", "items": ["Account", "Team", "Billing"], "current": 1},
    "accordion": {"type": "accordion", "items": [
        {"label": "Can I change plans later?", "description": "Yes, at any time."}, {"label": "Do you offer refunds?"},
    ]},
    # data
    "table": {"type": "table", "columns": ["Name", "Role", "Status"], "striped": True, "rows": [
        ["Ada Lovelace", "Admin", "Active"], ["Alan Turing", "Editor", "Invited"],
    ]},
    "list": {"type": "list", "items": [{"label": "Design review", "description": "Today 14:00", "icon": "calendar"},
                                       "Ship v2"]},
    "avatar": {"type": "avatar", "name": "Grace Hopper", "size": "md", "status": "online"},
    "icon": {"type": "icon", "name": "rocket", "size": 24, "color": "#4f46e5"},
    "stat": {"type": "stat", "label": "Revenue", "value": "$12,480", "change": "+12%", "icon": "trending-up"},
    "progress": {"type": "progress", "label": "Upload", "value": 72, "max": 100},
    "chart": {"type": "chart", "variant": "bar", "title": "Signups",
              "data": {"labels": ["Mon", "Tue", "Wed", "Thu"], "values": [12, 19, 8, 15]}},
    "calendar": {"type": "calendar", "month": "2025-06", "value": 12,
                 "events": [{"date": "2025-06-12", "label": "Launch"}]},
    "timeline": {"type": "timeline", "items": [
        {"label": "Delivered", "value": "14:02", "icon": "package-check", "variant": "success"},
        {"label": "Shipped", "value": "Mon 12 Jul"},
    ]},
    "rating": {"type": "rating", "value": 4.6, "label": "1,284 reviews"},
    # feedback and media
    "alert": {"type": "alert", "variant": "warning", "title": "Trial ends soon", "text": "Upgrade to keep your data."},
    "toast": {"type": "toast", "variant": "success", "title": "Saved", "text": "Your changes are live."},
    "tooltip": {"type": "tooltip", "text": "Copy link", "children": [{"type": "button", "icon": "link", "variant": "ghost"}]},
    "skeleton": {"type": "skeleton", "variant": "text", "lines": 3},
    "spinner": {"type": "spinner", "label": "Loading…"},
    "empty": {"type": "empty", "icon": "inbox", "title": "No messages", "text": "You're all caught up.",
              "actions": ["Compose"]},
    "video": {"type": "video", "title": "Product tour", "duration": "2:14"},
    "map": {"type": "map", "label": "Berlin office"},
}  # fmt: skip
