app_name = "press"
urlpatterns = []
