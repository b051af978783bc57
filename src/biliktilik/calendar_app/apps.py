from django.apps import AppConfig


class CalendarConfig(AppConfig):
    name = "biliktilik.calendar_app"
    label = "calendar_app"
    verbose_name = "Working-day calendar"
