"""Union-find over hashable items (bench/ scripts only): the one copy of the disjoint sets the
scorers group documents with (eval_cluster.py: clusters; score_events.py: copy groups)."""


class UnionFind:
    """Disjoint sets of the items given; find() halves paths, union() makes the smaller root
    the root of both (so a set's root is its least item, whatever the order of the unions)."""

    def __init__(self, items):
        self.parent = {x: x for x in items}

    def __contains__(self, x):
        return x in self.parent

    def find(self, x):
        parent = self.parent
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    def union(self, a, b):
        a, b = self.find(a), self.find(b)
        if a != b:
            self.parent[max(a, b)] = min(a, b)
