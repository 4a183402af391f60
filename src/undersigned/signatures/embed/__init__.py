"""The sign-on form embedded in a partner site: /s/<slug>/embed/ in an iframe, resized by
static/undersigned/embed.js on the partner's page. framing.py says who may frame it and which partner
site a sign-on came from; views.py serves the form and takes its sign-ons; owner.py is the owner's page
with the snippet and the list of partner sites."""
