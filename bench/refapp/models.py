from django.db import models


class Comment(models.Model):
    name = models.CharField(max_length=60)
    text = models.TextField(max_length=2000)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-created_at", "-id"]

    def __str__(self) -> str:
        return f"{self.name}: {self.text[:30]}"
