// Entry of the web app: the theme and component CSS, then the app shell.
import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import './theme/componenten.ts'
import './theme/koers-theme.css'
import './theme/app.css'
import { App } from './app/App.tsx'

const root = document.getElementById('koers-app')
if (root) createRoot(root).render(<StrictMode><App /></StrictMode>)
