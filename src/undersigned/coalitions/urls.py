app_name = "coalitions"
urlpatterns = []
