from django import forms
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.views.decorators.cache import cache_page

from refapp.models import Comment


class CommentForm(forms.ModelForm):
    class Meta:
        model = Comment
        fields = ["name", "text"]


def comments(request: HttpRequest) -> HttpResponse:
    """The newest 50 comments and the form."""
    context = {"comments": Comment.objects.all()[:50], "form": CommentForm()}
    return render(request, "refapp/comments.html", context)


cached_comments = cache_page(60)(comments)


def comment_create(request: HttpRequest) -> HttpResponse:
    form = CommentForm(request.POST)
    if not form.is_valid():
        return HttpResponse(form.errors.as_text(), status=400, content_type="text/plain")
    comment = form.save()
    return HttpResponse(str(comment.pk), status=201, content_type="text/plain")
