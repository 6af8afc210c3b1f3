/* C++ in a header, read as C: Qt's QObject::connect is not connect(2). */
#pragma once

inline void wire(Button *button, Window *window)
{
    QObject::connect(button, &Button::clicked, window); // ok: unchecked-return
    connect(button, &Button::clicked, [window]() { window->close(); }); // ok: unchecked-return
}
