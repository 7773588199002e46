/// A value kept for the key it was made for: text laid out at a width, which every key of a
/// long detail or of the minutes editor would otherwise lay out again.
///
/// A reference, so that a screen (a value) can fill it while it draws. A screen gives itself
/// a new cache when what the value is made from changes, so a copy of the screen keeps the
/// value of its own content.
final class LayoutCache<Key: Equatable, Value> {
  private var key: Key?
  private var value: Value?

  func value(for key: Key, make: () -> Value) -> Value {
    if let value, self.key == key { return value }
    let made = make()
    self.key = key
    value = made
    return made
  }
}
